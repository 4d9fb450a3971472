//@ compile-fail
// A let-else's else block cannot use the binding: in a format string rustc suggests a similar local.
fn main() {
    let o = Some(3);
    let Some(x) = o else {
        println!("no value: {x}"); //~ ERROR E0425
        return;
    };
    println!("{}", x);
}
