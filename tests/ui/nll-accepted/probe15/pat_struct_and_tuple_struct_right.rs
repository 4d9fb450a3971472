// Struct patterns with `..`, tuple-struct patterns of the right arity.
struct P { x: i32, y: i32 }
struct Rgb(u8, u8, u8);
fn main() {
    let P { x, .. } = P { x: 1, y: 2 };
    let Rgb(r, g, _) = Rgb(3, 4, 5);
    let P { y: why, x: _ } = P { x: 0, y: 9 };
    println!("{} {} {} {}", x, r, g, why);
}
