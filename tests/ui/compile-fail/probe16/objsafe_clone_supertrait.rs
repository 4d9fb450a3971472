//@ compile-fail
// A trait with a Clone supertrait used as dyn (E0038).
trait Widget: Clone { fn draw(&self); }
#[derive(Clone)]
struct B;
impl Widget for B { fn draw(&self) { println!("b"); } }
fn main() {
    let ws: Vec<Box<dyn Widget>> = Vec::new(); //~ ERROR E0038
    println!("{}", ws.len());
}
