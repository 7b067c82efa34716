// Copy and Share buttons for a verdict's address. Progressive enhancement: without this script the
// address stays in a read-only field a reader can select and copy, and the buttons stay hidden.
(function () {
    "use strict";
    var status = document.querySelector(".share-status");

    function say(text) {
        if (status) {
            status.textContent = text;
        }
    }

    var copy = document.querySelector("[data-copy-from]");
    if (copy && navigator.clipboard && window.isSecureContext) {
        var copied = document.getElementById(copy.getAttribute("data-copy-from"));
        copy.hidden = false;
        copy.addEventListener("click", function () {
            navigator.clipboard.writeText(copied.value).then(function () {
                say("Address copied.");
            }, function () {
                copied.select();
                say("Copying was refused; the address is selected, copy it with your keyboard.");
            });
        });
    }

    var share = document.querySelector("[data-share-from]");
    if (share && navigator.share) {
        var shared = document.getElementById(share.getAttribute("data-share-from"));
        share.hidden = false;
        share.addEventListener("click", function () {
            navigator.share({ title: share.getAttribute("data-share-title"), url: shared.value }).catch(function () {
                // Closing the share sheet rejects too; there is nothing to tell the reader then.
            });
        });
    }
})();
