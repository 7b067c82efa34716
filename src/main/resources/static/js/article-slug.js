// Fills a new article's slug from its title while the editor types, until they type a slug of their own.
// Progressive enhancement: an empty slug is made from the title on the server, which also makes it unique.
(function () {
    "use strict";
    var slug = document.querySelector("input[data-suggest-from]");
    var title = document.getElementById("title");
    if (!slug || !title) {
        return;
    }
    var spelledOut = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "ħ": "h"};
    var filledByUs = slug.value === "";

    function stemOf(text) {
        var lower = text.toLowerCase().replace(/[ßæœøđðþłıħ]/g, function (letter) {
            return spelledOut[letter];
        });
        return lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
            .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100).replace(/-+$/, "");
    }

    title.addEventListener("input", function () {
        if (filledByUs) {
            slug.value = stemOf(title.value);
        }
    });
    slug.addEventListener("input", function () {
        filledByUs = slug.value === "";
    });
})();
