// A crate item named like a std type (`Rc`) makes rustc print std's `Rc` by its path in the note
//@ compile-fail
struct Rc {
    n: i32,
}

fn main() {
    let r: std::rc::Rc<i32> = std::rc::Rc::new(5);
    let x: i32 = r; //~ ERROR E0308
    let own = Rc { n: x };
    println!("{}", own.n);
}
