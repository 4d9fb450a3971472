// Result combinators: map, map_err, and_then, unwrap_or, ok, err, is_ok, iter sum of Results.
fn half(n: i32) -> Result<i32, String> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(format!("{n} is odd")) }
}

fn main() {
    println!("{:?}", half(8));
    println!("{:?}", half(7));
    println!("{:?}", half(8).and_then(half).and_then(half));
    println!("{:?}", half(12).and_then(half).and_then(half));
    println!("{:?}", half(3).map(|x| x + 1).map_err(|e| e.len()));
    println!("{} {}", half(5).unwrap_or(-1), half(5).unwrap_or_else(|e| e.len() as i32));
    println!("{:?} {:?}", half(4).ok(), half(4).err());
    println!("{} {}", half(4).is_ok(), half(4).is_err());
    let all: Result<Vec<i32>, String> = [2, 4, 6].iter().map(|&n| half(n)).collect();
    println!("{all:?}");
    let bad: Result<Vec<i32>, String> = [2, 5, 7].iter().map(|&n| half(n)).collect();
    println!("{bad:?}");
    let opts: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{opts:?}");
}
