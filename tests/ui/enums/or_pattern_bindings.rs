// Or-patterns that bind: every alternative binds the same variables, the matched one supplies them.
enum Shape { Circle(u32), Square(u32), Point }
fn main() {
    let shapes = [Shape::Circle(3), Shape::Square(4), Shape::Point];
    for s in &shapes {
        match s {
            Shape::Circle(n) | Shape::Square(n) if *n > 3 => println!("big {}", n),
            Shape::Circle(n) | Shape::Square(n) => println!("small {}", n),
            Shape::Point => println!("point"),
        }
    }
    let pair = (0, 7);
    let ((x, 0) | (0, x)) = pair else { panic!() };
    println!("{}", x);
    let names = vec![String::from("a"), String::from("b")];
    let v: Vec<Result<String, String>> = names.into_iter().map(|n| if n == "a" { Ok(n) } else { Err(n) }).collect();
    let nested = Some((3, String::from("n")));
    if let Some((1, ref label) | (3, ref label)) = nested {
        println!("nested {}", label);
    }
    let mut counts = [0u32; 2];
    for c in "ab ba".chars() {
        match c {
            x @ ('a' | 'b') => counts[(x as u8 - b'a') as usize] += 1,
            _ => {}
        }
    }
    println!("{:?}", counts);
    for r in v {
        match r {
            Ok(s) | Err(s) => println!("{}", s),
        }
    }
}
