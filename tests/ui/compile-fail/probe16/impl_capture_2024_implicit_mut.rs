//@ compile-fail
// Edition 2024 captures all lifetimes even without + '_: mutation while the result lives (E0502).
fn count_big(v: &Vec<u32>) -> impl Fn() -> usize {
    let n = v.len();
    move || n
}
fn main() {
    let mut v = vec![1, 2, 3];
    let f = count_big(&v);
    v.push(4); //~ ERROR E0502
    println!("{}", f());
}
