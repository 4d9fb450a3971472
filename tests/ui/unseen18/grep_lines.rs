// A small grep: options struct, case-insensitive and whole-word matching, line numbers, context lines and match counts.
struct GrepOptions {
    ignore_case: bool,
    whole_word: bool,
    context: usize,
    invert: bool,
}

fn matches(line: &str, pattern: &str, opts: &GrepOptions) -> bool {
    let (hay, needle) = if opts.ignore_case {
        (line.to_lowercase(), pattern.to_lowercase())
    } else {
        (line.to_string(), pattern.to_string())
    };
    let found = if opts.whole_word {
        hay.split(|c: char| !c.is_alphanumeric()).any(|w| w == needle)
    } else {
        hay.contains(&needle)
    };
    found != opts.invert
}

fn grep(text: &str, pattern: &str, opts: &GrepOptions) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let hits: Vec<usize> = (0..lines.len()).filter(|&i| matches(lines[i], pattern, opts)).collect();
    let mut printed_up_to: Option<usize> = None;
    for &h in &hits {
        let start = h.saturating_sub(opts.context);
        let end = (h + opts.context).min(lines.len() - 1);
        if let Some(p) = printed_up_to {
            if start > p + 1 {
                println!("--");
            }
        }
        let from = match printed_up_to {
            Some(p) if p >= start => p + 1,
            _ => start,
        };
        for i in from..=end {
            let sep = if hits.contains(&i) { ':' } else { '-' };
            println!("{:>3}{}{}", i + 1, sep, lines[i]);
        }
        printed_up_to = Some(end);
    }
    hits.len()
}

const TEXT: &str = "Error: disk full
info: retry scheduled
the errors are logged
ERROR in module net
warning: low memory
everything fine
error
terror alert";

fn main() {
    let runs = [
        ("error", GrepOptions { ignore_case: false, whole_word: false, context: 0, invert: false }),
        ("error", GrepOptions { ignore_case: true, whole_word: true, context: 0, invert: false }),
        ("memory", GrepOptions { ignore_case: false, whole_word: false, context: 1, invert: false }),
        ("e", GrepOptions { ignore_case: true, whole_word: false, context: 0, invert: true }),
        ("info", GrepOptions { ignore_case: false, whole_word: false, context: 2, invert: false }),
    ];
    for (pat, opts) in runs.iter() {
        println!("== {:?} i={} w={} C={} v={}", pat, opts.ignore_case, opts.whole_word, opts.context, opts.invert);
        let n = grep(TEXT, pat, opts);
        println!("({} matching line{})", n, if n == 1 { "" } else { "s" });
    }
}
