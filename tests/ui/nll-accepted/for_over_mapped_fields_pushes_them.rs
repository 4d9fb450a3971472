// A for loop over a map of copied-out `&'a str` fields: what it pushes holds `'a`, so the result can be returned.
struct Line<'a> {
    word: &'a str,
    n: usize,
}

fn long_words<'a>(lines: &[Line<'a>], min: usize) -> Vec<&'a str> {
    let mut out = Vec::new();
    for w in lines.iter().filter(|l| l.n >= min).map(|l| l.word) {
        out.push(w);
    }
    out
}

fn main() {
    let text = String::from("alpha beta gamma");
    let kept;
    {
        let lines: Vec<Line> = text.split(' ').map(|w| Line { word: w, n: w.len() }).collect();
        kept = long_words(&lines, 5);
    }
    println!("{:?}", kept);
}
