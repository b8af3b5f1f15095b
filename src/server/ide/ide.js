// Starts GraphiQL on the IDE page. A static file (not inline) so the Content-Security-Policy needs no
// 'unsafe-inline' for scripts. Globals React, ReactDOM and GraphiQL come from the UMD files loaded before.
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('lotse-ide-config').textContent);

  // GraphiQL's scroll lock adds a <style> element and tags it with __webpack_nonce__ when set; the page
  // hands the CSP style nonce to this script element.
  var script = document.currentScript;
  if (script && script.nonce) window.__webpack_nonce__ = script.nonce;

  // Sent with every operation: the hub's CSRF protection accepts only requests a plain HTML form cannot make.
  var requiredHeaders = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

  /** Posts the operation as JSON; headers from GraphiQL's Headers pane (e.g. Authorization) go along. */
  async function fetcher(params, options) {
    var headers = Object.assign({}, options && options.headers, requiredHeaders);
    var response = await fetch(config.endpoint, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(params),
      credentials: 'same-origin',
    });
    var text = await response.text();
    try {
      return JSON.parse(text);
    } catch (error) {
      // A proxy error page or the like: show it instead of a bare JSON parse error.
      return { errors: [{ message: 'HTTP ' + response.status + ': ' + text.slice(0, 500) }] };
    }
  }

  /**
   * localStorage under a prefix that changes with the example operations: GraphiQL keeps its tabs there and
   * would otherwise never show new or changed examples. Entries of older prefixes are removed.
   */
  function namespacedStorage(namespace) {
    var local;
    try {
      local = window.localStorage;
      local.getItem('lotse-ide');
    } catch (error) {
      return null; // storage disabled: GraphiQL then keeps nothing between visits
    }
    var family = 'lotse-ide:';
    var prefix = family + namespace + ':';
    function keys(wanted) {
      var found = [];
      for (var i = 0; i < local.length; i += 1) {
        var key = local.key(i);
        if (key !== null && wanted(key)) found.push(key);
      }
      return found;
    }
    keys(function (key) {
      return key.indexOf(family) === 0 && key.indexOf(prefix) !== 0;
    }).forEach(function (key) {
      local.removeItem(key);
    });
    function own(key) {
      return key.indexOf(prefix) === 0;
    }
    return {
      getItem: function (key) {
        return local.getItem(prefix + key);
      },
      setItem: function (key, value) {
        local.setItem(prefix + key, value);
      },
      removeItem: function (key) {
        local.removeItem(prefix + key);
      },
      key: function (index) {
        var key = keys(own)[index];
        return key === undefined ? null : key.slice(prefix.length);
      },
      clear: function () {
        keys(own).forEach(function (key) {
          local.removeItem(key);
        });
      },
      get length() {
        return keys(own).length;
      },
    };
  }

  var root = ReactDOM.createRoot(document.getElementById('lotse-ide'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: config.tabs,
      // The first tab's headers (demo mode: a caseworker's) also serve the first schema introspection.
      headers: config.tabs[0] && config.tabs[0].headers,
      defaultEditorToolsVisibility: true,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: true,
      storage: namespacedStorage(config.storageNamespace),
    }),
  );
})();
