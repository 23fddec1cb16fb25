#!/bin/bash
# Issue 14's "done when" trial: 130 pages of Debian's python3.11-doc served from 127.0.0.1
# with a sitemap index and robots.txt; baseline, new violation, fix, settings file, --jobs.
# Usage: bash scripts/qa-trial.sh [WORKDIR]   (needs apt-get download; takes minutes)
set -u
BROADSHEET=${BROADSHEET:-broadsheet}
WORK=${1:-$(mktemp -d)}
PORT=${PORT:-8717}
mkdir -p "$WORK/run" && cd "$WORK" || exit 2
if [ ! -d site ]; then
  apt-get download python3.11-doc >/dev/null && dpkg -x python3.11-doc_*.deb root || exit 2
  cp -r root/usr/share/doc/python3.11/html site
  (cd site && ls library/*.html | sort | head -130 > ../pages.txt)
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    sed "s|.*|  <url><loc>http://127.0.0.1:$PORT/&</loc></url>|" pages.txt
    echo '</urlset>'
  } > site/sitemap-library.xml
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://127.0.0.1:%s/sitemap-library.xml</loc></sitemap></sitemapindex>\n' "$PORT" > site/sitemap.xml
  printf 'User-agent: *\nDisallow: /_sources/\n' > site/robots.txt
fi
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory site >/dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
sleep 2
SM="http://127.0.0.1:$PORT/sitemap.xml"
cd run && rm -f baseline.json broadsheet.toml
run() { "$BROADSHEET" check --sitemap "$SM" "$@"; echo "exit $?"; }
echo "== first run, --update-baseline";  run --baseline baseline.json --update-baseline -o r1.txt
echo "== second run";                     run --baseline baseline.json -o r2.txt
cp ../site/library/2to3.html 2to3.orig
sed -i 's|<div class="body" role="main">|&<img src="chart.png">|' ../site/library/2to3.html
echo "== one image without alt added";    run --baseline baseline.json -o r3.txt; grep -B1 -A1 chart.png r3.txt
cp 2to3.orig ../site/library/2to3.html
cp ../site/library/abc.html abc.orig
sed -i 's|alt="Logo"|alt="Python"|' ../site/library/abc.html
echo "== a known violation removed";     run --baseline baseline.json -o r4.txt; grep '^fixed' r4.txt
cp abc.orig ../site/library/abc.html
printf '[check]\ndisable = ["duplicate-id"]\nexclude = ["div.related", ".sphinxsidebar"]\n' > broadsheet.toml
echo "== settings file";                  run --format json -o r5.json
rm broadsheet.toml
for jobs in 1 2 1 2; do
  /usr/bin/time -f "--jobs $jobs: %e s wall" "$BROADSHEET" check --sitemap "$SM" --baseline baseline.json --jobs $jobs -o "timing-$jobs.txt"
done
