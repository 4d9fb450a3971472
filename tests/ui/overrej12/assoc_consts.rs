// associated consts in traits (with defaults) and in inherent impls
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    fn sides(&self) -> u32 {
        Self::SIDES
    }
}
struct Tri;
struct Sq;
impl Shape for Tri {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}
impl Shape for Sq {
    const SIDES: u32 = 4;
}
struct Grid;
impl Grid {
    const W: usize = 4;
    const H: usize = 3;
    const CELLS: usize = Self::W * Self::H;
}
fn total<S: Shape>(items: &[S]) -> u32 {
    items.len() as u32 * S::SIDES
}
fn main() {
    println!("{} {}", Tri::NAME, Tri::SIDES);
    println!("{} {}", Sq::NAME, Sq.sides());
    println!("{}", total(&[Tri, Tri]));
    println!("{}", Grid::CELLS);
    let cells = [0u8; Grid::CELLS];
    println!("{}", cells.len());
    println!("{} {}", i32::MAX, u8::BITS);
}
