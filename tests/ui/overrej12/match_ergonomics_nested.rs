// match ergonomics through nested references, tuples and Options
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
}
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle { r } => 3.0 * r * r,
        Shape::Rect(w, h) => w * h,
    }
}
fn main() {
    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.0)];
    for s in &shapes {
        println!("{:?} {}", s, area(s));
    }
    let pairs = vec![(1, Some("a")), (2, None), (3, Some("c"))];
    for (n, name) in &pairs {
        match name {
            Some(x) if *n > 1 => println!("{} {}", n, x),
            Some(x) => println!("first {}", x),
            None => println!("{} none", n),
        }
    }
    let nested: &Option<&(i32, String)> = &Some(&(7, String::from("seven")));
    if let Some((k, v)) = nested {
        println!("{} {}", k, v.len());
    }
    let mut grid = vec![(0, 0), (1, 2)];
    for (x, y) in &mut grid {
        *x += 10;
        *y *= 2;
    }
    println!("{:?}", grid);
    let refs = [&1, &2, &3];
    let s: i32 = refs.iter().map(|&&x| x).sum();
    println!("{}", s);
}
