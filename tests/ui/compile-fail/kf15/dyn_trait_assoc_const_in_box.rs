//@ compile-fail
// `Box<dyn Rated>` of a trait with an associated constant (E0038).
trait Rated {
    const STARS: u8;
    fn stars(&self) -> u8 {
        1
    }
}
struct Hotel;
impl Rated for Hotel {
    const STARS: u8 = 4;
}
fn main() {
    let h: Box<dyn Rated> = Box::new(Hotel); //~ ERROR E0038
    println!("{}", h.stars() + Hotel::STARS);
}
