//@ compile-fail
// A boxed `dyn FnOnce` is consumed by its first call.
fn main() {
    let report = vec![String::from("ok"), String::from("fail")];
    let finish: Box<dyn FnOnce() -> usize> = Box::new(move || report.len());
    println!("{}", finish());
    println!("{}", finish()); //~ ERROR E0382
}
