// Disjoint fields: `&mut s.x` and `&mut s.y` can coexist.
struct Pair {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Pair { x: 1, y: 2 };
    let a = &mut p.x;
    let b = &mut p.y;
    *a += 10;
    *b += 20;
    println!("{} {}", p.x, p.y);
}
