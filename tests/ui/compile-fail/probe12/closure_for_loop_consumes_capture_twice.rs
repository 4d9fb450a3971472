//@ compile-fail
// A closure iterating its captured `Vec` by value is `FnOnce`.
fn main() {
    let v = vec![String::from("a")];
    let f = move || {
        for s in v {
            println!("{s}");
        }
    };
    f();
    f(); //~ ERROR E0382
}
