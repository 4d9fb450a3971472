//@ compile-fail
// A boxed closure with a 'static bound borrowing a local.
fn make_printer() -> Box<dyn Fn()> {
    let msg = String::from("hi");
    Box::new(|| println!("{}", msg)) //~ ERROR E0373
}

fn main() {
    let p = make_printer();
    p();
}
