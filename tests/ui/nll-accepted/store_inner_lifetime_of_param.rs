// Elements copied out of a parameter's pointee may be stored where their lifetime is enough:
// the same lifetime, a declared bound, an implied one (`&'a [&str]` implies the inner one
// outlives `'a`), or 'static.
fn same<'a>(out: &mut Vec<&'a str>, words: &[&'a str]) {
    out.push(words[0]);
}

fn implied<'a>(out: &mut Vec<&'a str>, words: &'a [&str]) {
    out.push(words[1]);
}

fn bounded<'a, 'b: 'a>(out: &mut Vec<&'a str>, words: &[&'b str]) {
    out.push(words[0]);
}

fn statics(out: &mut Vec<&'static str>, words: &[&'static str]) {
    out.push(words[1]);
}

fn main() {
    let words = vec!["alpha", "beta"];
    let mut out = Vec::new();
    same(&mut out, &words);
    implied(&mut out, &words);
    bounded(&mut out, &words);
    let mut kept: Vec<&'static str> = Vec::new();
    let fixed: [&'static str; 2] = ["gamma", "delta"];
    statics(&mut kept, &fixed);
    println!("{:?} {:?}", out, kept);
}
