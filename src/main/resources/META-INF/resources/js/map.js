// Draws the city map from the JSON block named by #map's data-map. The list beside the map holds the same places, so
// without this script, Leaflet or the tiles nothing is lost but the picture.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var data = JSON.parse(document.getElementById(element.dataset.map).textContent);
  var english = document.documentElement.lang === 'en';
  var colours = { ACTIVE: '#15803d', WARNED: '#d97706', EXPIRED: '#6b7280', REVOKED: '#b91c1c' };
  var map = L.map(element);
  L.tileLayer(data.tileUrl, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
  var bounds = [];
  data.places.forEach(function (place) {
    var colour = colours[place.status] || '#2563eb';
    var marker = L.circleMarker([place.latitude, place.longitude],
      { radius: 8, color: colour, fillColor: colour, fillOpacity: 0.7 }).addTo(map);
    // Built as elements, not HTML, so a name is always text.
    var link = document.createElement('a');
    link.href = place.url;
    link.textContent = english && place.nameEn ? place.nameEn : place.name;
    marker.bindPopup(link);
    bounds.push([place.latitude, place.longitude]);
  });
  if (bounds.length) {
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  } else if (data.latitude != null && data.longitude != null) {
    map.setView([data.latitude, data.longitude], 11);
  } else {
    map.setView([35, 105], 4);
  }
});
