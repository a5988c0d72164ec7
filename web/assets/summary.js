// The summary page: sorting, filtering and opening rows; the words it shows come from the page.
(function(){
var table=document.getElementById("summary"),filter=document.getElementById("filter"),
status=document.getElementById("status"),shown=document.getElementById("shown"),
expand=document.getElementById("expand"),nomatch=document.getElementById("nomatch");
var rows=Array.prototype.slice.call(table.querySelectorAll("tr.row"));
function detail(r){return r.nextElementSibling;}
function open(r,on){r.querySelector("button.more").setAttribute("aria-expanded",on?"true":"false");
r.querySelector("button.more").textContent=on?"▾":"▸";detail(r).hidden=!on||r.hidden;}
function isOpen(r){return r.querySelector("button.more").getAttribute("aria-expanded")==="true";}
function apply(){var q=filter.value.trim().toLowerCase(),s=status.value,count=0;
rows.forEach(function(r){var match=(!q||r.dataset.search.toLowerCase().indexOf(q)>=0)&&(!s||r.dataset.status===s);
r.hidden=!match;if(match)count++;open(r,isOpen(r));});
Array.prototype.forEach.call(table.tBodies,function(b){var head=b.querySelector("tr.group");
if(head)head.hidden=!b.querySelector("tr.row:not([hidden])");});
shown.textContent=shown.dataset.template.replace("{shown}",count).replace("{total}",rows.length);
nomatch.hidden=count>0;}
rows.forEach(function(r){r.addEventListener("click",function(e){
if(window.getSelection&&String(window.getSelection()))return;open(r,!isOpen(r));});});
expand.addEventListener("click",function(){var on=!rows.some(function(r){return !r.hidden&&isOpen(r);});
rows.forEach(function(r){if(!r.hidden)open(r,on);});expand.textContent=on?expand.dataset.close:expand.dataset.open;});
filter.addEventListener("input",apply);status.addEventListener("change",apply);
var dir={};table.tHead.querySelectorAll("th").forEach(function(th,i){th.addEventListener("click",function(){
dir[i]=!dir[i];Array.prototype.forEach.call(table.tBodies,function(b){
var list=Array.prototype.slice.call(b.querySelectorAll("tr.row"));
list.sort(function(a,c){var x=a.cells[i].dataset.sort||a.cells[i].textContent,
y=c.cells[i].dataset.sort||c.cells[i].textContent;var nx=parseFloat(x),ny=parseFloat(y);
var k=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,"zh",{numeric:true});return dir[i]?k:-k;});
list.forEach(function(r){var d=detail(r);b.appendChild(r);b.appendChild(d);});});});});
// The note for the applicant is copied as it is: the clipboard where the page may use it, else
// the selection, as a person would copy it.
Array.prototype.forEach.call(table.querySelectorAll("button.copy"),function(b){b.addEventListener("click",function(){
var area=b.parentNode.querySelector("textarea"),label=b.textContent;
function done(){b.textContent=b.dataset.copied;setTimeout(function(){b.textContent=label;},1500);}
if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText(area.value).then(done,function(){
area.select();document.execCommand("copy");done();});}else{area.select();document.execCommand("copy");done();}});});
apply();})();
