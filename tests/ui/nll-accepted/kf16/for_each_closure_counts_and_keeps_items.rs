// A `for_each` closure capturing `total` and `out` mutably keeps the items in `out`, not its `&mut total`.
fn main() {
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let mut total = 0;
    let mut out: Vec<&String> = Vec::new();
    words.iter().for_each(|w| {
        total += w.len();
        if w.len() > 1 {
            out.push(w);
        }
    });
    println!("{} {:?}", total, out);
    let mut seen = 0;
    let mut lens: Vec<usize> = Vec::new();
    let mut note = |n: usize| {
        seen += 1;
        lens.push(n);
    };
    words.iter().for_each(|w| note(w.len()));
    println!("{} {:?}", seen, lens);
}
