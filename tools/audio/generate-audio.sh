#!/usr/bin/env bash
# Regenerates every file in assets/audio/ from nothing: no samples, no downloads.
#
# Needs: bash, Node.js >= 20 and the project's dev dependencies (`npm ci`: runs
#        tools/audio/synth.ts with tsx),
#        ffmpeg with libvorbis and the native AAC encoder, sox (stats/checks).
#   Debian/Ubuntu:  apt-get install -y sox libsox-fmt-all ffmpeg
#
# Usage (from anywhere):  bash tools/audio/generate-audio.sh
#
# Pipeline:
#   1. synth.ts renders each sound of tools/audio/catalogue.ts as a mono
#      44.1 kHz float WAV (seeded, so every run gives the same audio). Loops
#      are rendered a little longer than their length and the overhang is
#      crossfaded (equal power, 2 s) onto the start, so they wrap without a
#      click or a gap; steady tones (hum, drone) are whole cycles per loop
#      and added after the crossfade.
#   2. ffmpeg's EBU R128 meter measures integrated loudness and true peak.
#      Loops get one linear gain (so the seam stays seamless) to their target
#      (ambient -24 LUFS, the quiet room -28), kept under -1.5 dBTP. One-shots
#      (sfx -16 LUFS, ui -18) get gain plus a look-ahead limiter at -2 dBFS
#      that may shave up to 6 dB off transients; a few passes land the target.
#   3. Each file is encoded twice: .ogg (Vorbis) for Chrome/Firefox/Edge and
#      .m4a (AAC-LC) for Safari/iOS. Ambient 48 kbps, sfx and ui 64 kbps, mono.
#      Bit-exact flags keep the files identical between runs.
#   4. The encoded files are decoded again and checked (duration, loudness,
#      peak, no clipping); the folder must stay under 1.5 MB. README.md is
#      rewritten with the resulting table.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/assets/audio"
MAX_BYTES=1500000
TP_CEILING=-1.5   # dBTP, before encoding
LIMIT_LIN=0.79    # limiter ceiling for one-shots (-2 dBFS sample peak)
MAX_LIMIT_DB=6    # most gain reduction the limiter may apply

for tool in node ffmpeg sox; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y sox libsox-fmt-all ffmpeg)" >&2; exit 1; }
done
encoders="$(ffmpeg -hide_banner -encoders 2>/dev/null)"
grep -q libvorbis <<<"$encoders" || { echo "ffmpeg lacks libvorbis" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== synthesising"
(cd "$ROOT" && npx tsx tools/audio/synth.ts "$WORK/wav")

# print "I TP" (integrated LUFS, true peak dBTP) of a file; silence padding
# lets the 400 ms gating blocks cover very short sounds
measure() {
  ffmpeg -nostdin -nostats -hide_banner -i "$1" -af "apad=pad_dur=1,ebur128=peak=true" -f null - 2>&1 |
    awk '/Integrated loudness:/ {s=1} s && /^ *I:/ {i=$2} /True peak:/ {t=1} t && /^ *Peak:/ {p=$2} END {print i, p}'
}

# apply a filter chain, keep 32-bit float
render() { # in filters out
  ffmpeg -y -nostdin -hide_banner -loglevel error -i "$1" -af "$2" -c:a pcm_f32le "$3"
}

encode() { # in kbps codec out
  local codec_args
  case "$3" in
    # managed bitrate: plain -b:a lets libvorbis overshoot a lot on quiet beds
    vorbis) codec_args=(-c:a libvorbis -b:a "$2k" -minrate "$(($2 - 16))k" -maxrate "$(($2 + 8))k") ;;
    # PNS (noise substitution) off: it turns clean tones into loud noise
    # movie timescale = sample rate: the edit list then states the exact
    # length (at the default 1/1000 s it rounds loops short by a few samples)
    aac) codec_args=(-c:a aac -aac_pns 0 -b:a "$2k" -movflags +faststart -movie_timescale 44100) ;;
  esac
  ffmpeg -y -nostdin -hide_banner -loglevel error -i "$1" -ac 1 -ar 44100 \
    "${codec_args[@]}" -map_metadata -1 -fflags +bitexact -flags:a +bitexact "$4"
}

rm -rf "$OUT/ambient" "$OUT/sfx" "$OUT/ui"
mkdir -p "$OUT/ambient" "$OUT/sfx" "$OUT/ui"

echo "== levelling and encoding"
TABLE="$WORK/table.tsv"
: >"$TABLE"
while IFS=$'\t' read -r cat name loop target kbps desc; do
  src="$WORK/wav/$cat/$name.wav"
  lvl="$WORK/level.wav"
  read -r I TP < <(measure "$src")
  if [ "$loop" = 1 ]; then
    # loops: one linear gain only, so the seam stays seamless
    gain=$(awk -v t="$target" -v i="$I" -v p="$TP" -v c="$TP_CEILING" \
      'BEGIN {g = t - i; if (p + g > c) g = c - p; printf "%.2f", g}')
    render "$src" "volume=${gain}dB" "$lvl"
    note="gain ${gain} dB"
  else
    # one-shots: gain plus a look-ahead limiter on the transients (at most
    # MAX_LIMIT_DB of gain reduction), a few passes to land on the target
    gain=$(awk -v t="$target" -v i="$I" 'BEGIN {printf "%.2f", t - i}')
    for pass in 1 2 3; do
      gain=$(awk -v g="$gain" -v p="$TP" -v c="$TP_CEILING" -v m="$MAX_LIMIT_DB" \
        'BEGIN {if (p + g > c + m) g = c + m - p; printf "%.2f", g}')
      render "$src" "volume=${gain}dB,alimiter=limit=$LIMIT_LIN:attack=1.5:release=60:level=0:latency=1" "$lvl"
      read -r I2 _ < <(measure "$lvl")
      done_=$(awk -v t="$target" -v i="$I2" 'BEGIN {print ((t - i) < 0.3 && (i - t) < 0.3) ? 1 : 0}')
      [ "$done_" = 1 ] || [ "$pass" = 3 ] && break
      gain=$(awk -v g="$gain" -v t="$target" -v i="$I2" 'BEGIN {printf "%.2f", g + t - i}')
    done
    note="gain ${gain} dB + limiter"
  fi
  encode "$lvl" "$kbps" vorbis "$OUT/$cat/$name.ogg"
  encode "$lvl" "$kbps" aac "$OUT/$cat/$name.m4a"
  # check what a browser will actually decode
  for fmt in ogg m4a; do
    f="$OUT/$cat/$name.$fmt"
    # .ogg through libvorbisfile (sox), .m4a through ffmpeg; the duration is
    # the container's (ffmpeg's AAC decode leaves the encoder's end padding on)
    if [ "$fmt" = ogg ]; then
      sox "$f" -e floating-point "$WORK/check.wav"
      dur=$(sox --i -D "$f")
    else
      ffmpeg -nostdin -hide_banner -loglevel error -i "$f" -c:a pcm_f32le -y "$WORK/check.wav"
      dur=$(ffprobe -v error -show_entries stream=duration -of csv=p=0 "$f")
    fi
    read -r dI dTP < <(measure "$WORK/check.wav")
    read -r pk rmsdb < <(sox "$WORK/check.wav" -n stat 2>&1 |
      awk '/Maximum amplitude/ {mx=$3} /Minimum amplitude/ {mn=-$3} /RMS +amplitude/ {r=$3}
           END {m = mx > mn ? mx : mn; printf "%.3f %.1f\n", m, 20*log(r)/log(10)}')
    bytes=$(stat -c %s "$f")
    awk -v p="$pk" 'BEGIN {exit !(p >= 0.999)}' && { echo "CLIPPING in $f (peak $pk)" >&2; exit 1; }
    printf '%s\t%s\t%s\t%s\t%.2f\t%s\t%s\t%s\t%s\t%s\t%s\n' \
      "$cat" "$name" "$fmt" "$loop" "$dur" "$dI" "$dTP" "$pk" "$rmsdb" "$bytes" "$desc" >>"$TABLE"
  done
  printf '  %-8s %-16s raw %6s LUFS %6s dBTP  %-26s target %s LUFS\n' "$cat" "$name" "$I" "$TP" "$note" "$target"
done <"$WORK/wav/manifest.tsv"

echo "== decoded check"
printf '%-32s %7s %7s %7s %6s %7s %7s\n' file seconds LUFS dBTP peak "RMS dB" bytes
awk -F'\t' '{printf "%-32s %7.2f %7s %7s %6s %7s %7s\n", $1"/"$2"."$3, $5, $6, $7, $8, $9, $10}' "$TABLE"

# README: one row per sound, from the decoded .ogg and both file sizes
{
  cat <<'EOF'
# Audio assets

Every sound here is synthesised from scratch (oscillators, seeded noise,
filters, modal resonators, reverb); nothing is recorded or downloaded, and no
voice says any words. The generator is committed:

```sh
apt-get install -y sox libsox-fmt-all ffmpeg   # once; node >= 20 and npm ci are also needed
bash tools/audio/generate-audio.sh            # rewrites assets/audio/ and this file
```

`tools/audio/synth.ts` renders the sounds listed in `tools/audio/catalogue.ts`
(fixed seeds, so runs are identical);
`tools/audio/generate-audio.sh` levels them with an EBU R128 meter, encodes
each twice, checks the decoded result and writes this README.

Formats: every sound comes as `.ogg` (Vorbis) and `.m4a` (AAC-LC), mono
44.1 kHz; ambient 48 kbps, sfx and ui 64 kbps. Vite serves `assets/` as the
public root, so the player asks for `audio/<group>/<name>.ogg` first and
`.m4a` second (see `src/audio/howler-audio-player.ts`): Chrome, Firefox and
Edge take the Vorbis file, Safari the AAC one. File names match `ambientIds`,
`sfxIds` and `UiSound` in the source.

Loudness targets (integrated): ambient -24 LUFS (quiet_room -28 LUFS, it is
meant to be almost silent), sfx -16 LUFS, ui -18 LUFS, true peak at most
-1.5 dBTP before encoding, so nothing clips. Short sounds are measured with
silence padding. Values below are measured on the decoded `.ogg`.

Ambient files are seamless loops: the synthesised tail is crossfaded (equal
power, 2 s) into the head and steady tones are whole cycles per loop, so
`loop: true` wraps without a gap or click. Play them through Web Audio
(Howler's default, `html5: false`); html5 audio leaves a gap at each wrap.
Loop lengths are whole 1024-sample frames. The `.ogg` files decode to exactly
that length and are continuous across the wrap. The `.m4a` files also decode
to the exact length (the encoder delay is in the MP4 edit list, at sample
resolution), but AAC codes the first and last frame of a file a little worse,
so at 48 kbps the wrap carries a faint codec blip (about -30 dBFS for ~10 ms);
only browsers without Ogg Vorbis (older Safari) play those.

| file | seconds | loop | LUFS | .ogg bytes | .m4a bytes | what it is |
| --- | ---: | :---: | ---: | ---: | ---: | --- |
EOF
  awk -F'\t' '
    $3 == "ogg" {key = $1 "/" $2; order[++n] = key; dur[key] = $5; lufs[key] = $6; loop[key] = ($4 == 1 ? "yes" : ""); ogg[key] = $10; desc[key] = $11}
    $3 == "m4a" {m4a[$1 "/" $2] = $10}
    END {for (k = 1; k <= n; k++) {key = order[k]; printf "| `%s.{ogg,m4a}` | %.2f | %s | %s | %d | %d | %s |\n", key, dur[key], loop[key], lufs[key], ogg[key], m4a[key], desc[key]}}
  ' "$TABLE"
  echo
  echo "Total size of assets/audio: $(du -cb "$OUT"/ambient "$OUT"/sfx "$OUT"/ui | tail -1 | cut -f1) bytes of audio (limit $MAX_BYTES)."
} >"$OUT/README.md"

total=$(du -cb "$OUT" | tail -1 | cut -f1)
echo "== assets/audio total: $total bytes (limit $MAX_BYTES)"
if [ "$total" -gt "$MAX_BYTES" ]; then
  echo "assets/audio is over the size budget" >&2
  exit 1
fi
