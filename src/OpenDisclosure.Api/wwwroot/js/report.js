// Report view: a click on a marked cell opens its findings in a dialog. Without script the mark is a plain link
// to the finding in the list below, so nothing depends on this file.
(function () {
    "use strict";
    function open(cell) {
        var dialog = document.getElementById("finding-dialog");
        if (!dialog || typeof dialog.showModal !== "function") return false;
        var body = dialog.querySelector(".body");
        body.textContent = "";
        cell.getAttribute("data-findings").split(" ").forEach(function (n) {
            var item = document.getElementById("finding-" + n);
            if (!item) return;
            var copy = item.cloneNode(true);
            copy.removeAttribute("id");
            copy.className = "finding-copy";
            body.appendChild(copy);
        });
        dialog.showModal();
        return true;
    }
    document.addEventListener("click", function (event) {
        var mark = event.target.closest ? event.target.closest("td.flagged a.mark") : null;
        if (mark && open(mark.closest("td"))) event.preventDefault();
    });
})();
