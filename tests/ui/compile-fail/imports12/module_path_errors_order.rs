//@ compile-fail
// Several unresolved paths: rustc reports a module lacking a segment first, then the others in order.
mod geometry {
    pub fn area(w: u32, h: u32) -> u32 { w * h }
}

fn main() {
    let a = undefined_value; //~ ERROR E0425
    let b = Shape::new(); //~ ERROR E0433
    let c = geometry::Rect::new(); //~ ERROR E0433
    let d = geometry::perimeter(1, 2); //~ ERROR E0425
    let e = geometry::area(2, 3);
    println!("{} {} {} {} {}", a, b, c, d, e);
}
