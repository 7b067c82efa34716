// Live character count for the comment box. Progressive enhancement: the server enforces the limit.
(function () {
    "use strict";
    var box = document.getElementById("comment-body");
    var counter = document.getElementById("comment-body-count");
    if (!box || !counter) {
        return;
    }
    var limit = parseInt(box.getAttribute("data-limit"), 10);
    var format = new Intl.NumberFormat("en");

    function update() {
        // Counted as the server counts: code points, surrounding whitespace ignored.
        var length = Array.from(box.value.trim()).length;
        var over = length - limit;
        counter.textContent = over > 0
            ? format.format(over) + " characters over the " + format.format(limit) + " limit"
            : format.format(length) + " of " + format.format(limit) + " characters";
        counter.classList.toggle("over-limit", over > 0);
    }

    box.addEventListener("input", update);
    update();
})();
