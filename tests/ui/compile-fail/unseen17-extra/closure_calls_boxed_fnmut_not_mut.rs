//@ compile-fail
// A closure calls a captured `Box<dyn FnMut()>` bound without `mut`.
fn main() {
    let mut total = 0;
    let add: Box<dyn FnMut()> = Box::new(move || {
        total += 1;
        println!("{}", total);
    });
    let mut run = || add(); //~ ERROR E0596
    run();
}
