// A closure taking `&'static str` called on the items of a `Vec<&'static str>` inside another closure (`for_each`, `map`): the `'static` is the items', not the closure parameter's own borrow.
fn keep(w: &'static str) -> usize { w.len() }
fn main() {
    let words: Vec<&'static str> = vec!["ab", "c"];
    let f = |w: &'static str| keep(w);
    let mut total = 0;
    words.iter().for_each(|w| { total += f(w); });
    let lens: Vec<usize> = words.iter().map(|w| f(w)).collect();
    println!("{} {:?}", total, lens);
}
