// Check a draft: the file goes to POST /api/v1/validate (the public API), and the JSON it answers is rendered by
// the page (POST /check?handler=View) so a draft reads exactly like a stored report. Without script the form posts
// to /check and the server does both steps.
(function () {
    "use strict";
    var form = document.getElementById("check-form");
    var input = document.getElementById("file");
    var zone = document.getElementById("dropzone");
    var status = document.getElementById("check-status");
    var result = document.getElementById("check-result");
    if (!form || !window.fetch || !window.FormData) return;

    function say(text, isError) {
        status.textContent = "";
        var p = document.createElement("p");
        if (isError) p.className = "alert";
        p.textContent = text;
        status.appendChild(p);
    }

    async function check(file) {
        var body = new FormData();
        body.append("file", file, file.name);
        say(file.name + " …", false);
        result.textContent = "";
        var answer = await fetch("/api/v1/validate", { method: "POST", body: body });
        if (!answer.ok) {
            var problem = {};
            try { problem = await answer.json(); } catch (e) { /* not JSON */ }
            var text = answer.status === 413 ? form.dataset.tooLarge
                : answer.status === 429 ? form.dataset.tooMany
                : form.dataset.failed + (problem.detail || problem.title || answer.status);
            say(text, true);
            return;
        }
        var json = await answer.text();
        var view = await fetch("/check?handler=View", { method: "POST", headers: { "Content-Type": "application/json" }, body: json });
        if (!view.ok) { say(form.dataset.failed + view.status, true); return; }
        status.textContent = "";
        var heading = document.createElement("h2");
        heading.textContent = file.name;
        result.innerHTML = await view.text();
        result.insertBefore(heading, result.firstChild);
    }

    form.addEventListener("submit", function (event) {
        if (!input.files || input.files.length === 0) return;
        event.preventDefault();
        check(input.files[0]).catch(function (e) { say(form.dataset.failed + e.message, true); });
    });
    zone.addEventListener("dragover", function (event) { event.preventDefault(); zone.classList.add("over"); });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (event) {
        event.preventDefault();
        zone.classList.remove("over");
        if (event.dataTransfer.files.length === 0) return;
        input.files = event.dataTransfer.files;
        check(input.files[0]).catch(function (e) { say(form.dataset.failed + e.message, true); });
    });
})();
