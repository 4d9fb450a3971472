//@ compile-fail
// `&mut Box<dyn FnMut()>` given as `&dyn Fn()`: the box is not `Fn`.
fn run(f: &dyn Fn()) {
    f();
}

fn main() {
    let mut log = Vec::new();
    let mut push: Box<dyn FnMut()> = Box::new(move || log.push(1));
    run(&mut push); //~ ERROR E0277
    push();
}
