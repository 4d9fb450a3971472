//@ compile-fail
// An FnMut closure cannot move out of its captured variable.
fn apply<F: FnMut()>(mut f: F) {
    f();
}

fn main() {
    let s = String::from("x");
    apply(|| {
        let t = s; //~ ERROR E0507
        println!("{}", t);
    });
    let v = vec![String::from("y")];
    let mut g = || drop(v);
    g();
}
