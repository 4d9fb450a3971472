//@ compile-fail
// A `Box<dyn Fn()>` field is `'static`: a closure borrowing a local cannot be stored there.
struct Button {
    on_click: Box<dyn Fn() -> usize>,
}

fn main() {
    let name = String::from("save");
    let b = Button { on_click: Box::new(|| name.len()) }; //~ ERROR E0597
    println!("{}", (b.on_click)());
}
