// if let ... else, and let chains (edition 2024) combining patterns and conditions.
fn main() {
    let values = [Some(3), None, Some(12)];
    for v in values {
        if let Some(n) = v && n > 5 {
            println!("big {n}");
        } else if let Some(n) = v {
            println!("small {n}");
        } else {
            println!("nothing");
        }
    }
    let pair = (Some("x"), Some(2));
    if let (Some(a), Some(b)) = pair {
        println!("{a}{b}");
    }
}
