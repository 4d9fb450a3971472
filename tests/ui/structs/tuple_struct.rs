// Tuple structs and newtypes are distinct types with positional fields.
#[derive(Debug)]
struct Color(i32, i32, i32);
#[derive(Debug)]
struct Point(i32, i32, i32);
struct Meters(f64);

fn main() {
    let black = Color(0, 0, 0);
    let origin = Point(0, 5, -1);
    println!("{:?} {:?}", black, origin);
    println!("{} {}", origin.1, origin.2);
    let Point(x, y, z) = origin;
    println!("{x} {y} {z}");
    let d = Meters(3.5);
    println!("{} m", d.0);
    println!("{}", std::mem::size_of::<Meters>());
}
