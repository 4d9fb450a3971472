//@ compile-fail
// a misspelled field name on a robot struct
struct Robot {
    x: i32,
    y: i32,
    facing: char,
}

fn main() {
    let r = Robot { x: 0, y: 0, facing: 'N' };
    println!("{} {} {}", r.x, r.y, r.direction); //~ ERROR E0609
}
