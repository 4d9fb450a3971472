//@ compile-fail
// A listener stored in a struct borrows a local String created in an inner block that ends before the listener runs.
struct Button<'a> {
    on_click: Option<Box<dyn Fn() + 'a>>,
}

fn main() {
    let mut button = Button { on_click: None };
    {
        let label = String::from("OK");
        button.on_click = Some(Box::new(|| println!("clicked {}", label))); //~ ERROR E0597
    }
    if let Some(f) = &button.on_click {
        f();
    }
}
