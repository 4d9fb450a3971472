// Without `+ 'static`, an `impl Fn` return captures the parameter's lifetime (edition 2024).
fn cap(s: &str) -> impl Fn() -> usize + '_ {
    move || s.len()
}
fn cap2(s: &str) -> impl Fn() -> usize {
    move || s.len()
}
fn owned(s: &str) -> impl Fn() -> usize + 'static {
    let n = s.len();
    move || n
}
fn main() {
    let t = String::from("xyz");
    println!("{} {} {}", cap(&t)(), cap2(&t)(), owned(&t)());
}
