"""Web assets: the HTML report stylesheet and the page template for `listener serve`."""
