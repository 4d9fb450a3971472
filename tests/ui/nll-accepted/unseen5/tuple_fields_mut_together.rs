// Mutable borrows of two fields of one tuple are disjoint, as are two fields of a nested struct.
struct Pos {
    x: i32,
    y: i32,
}

fn step(a: &mut i32, b: &mut i32) {
    *a += 1;
    *b -= 1;
}

fn main() {
    let mut pair = (String::from("left"), String::from("right"));
    let (l, r) = (&mut pair.0, &mut pair.1);
    l.push('!');
    r.push('?');
    println!("{:?}", pair);
    let mut p = Pos { x: 0, y: 0 };
    step(&mut p.x, &mut p.y);
    step(&mut p.y, &mut p.x);
    step(&mut p.x, &mut p.y);
    println!("{} {}", p.x, p.y);
}
