// concat and join on Vec<Vec<T>>, [&str] and [String] with separators, iter().flatten() vs concat, capacities of the results.
fn main() {
    let rows = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    let flat = rows.concat();
    println!("{:?} cap {}", flat, flat.capacity());
    let joined = rows.join(&0);
    println!("{:?} cap {}", joined, joined.capacity());
    let joined2 = rows.join(&[9, 9][..]);
    println!("{:?} cap {}", joined2, joined2.capacity());
    let f2: Vec<i32> = rows.iter().flatten().copied().collect();
    println!("{:?} cap {}", f2, f2.capacity());
    let words = ["red", "green", "blue"];
    let s1 = words.concat();
    let s2 = words.join(", ");
    println!("{} {} {} {}", s1, s1.capacity(), s2, s2.capacity());
    let owned: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    let s3 = owned.join("-");
    println!("{} {}", s3, s3.capacity());
    let empty: Vec<String> = Vec::new();
    println!("{:?} {:?}", empty.join("/"), empty.concat());
    let chars = [['a', 'b'], ['c', 'd']];
    println!("{:?}", chars.concat());
    let lines: Vec<String> = (1..=3).map(|i| format!("line {}", i)).collect();
    let text = lines.join("\n");
    println!("{}", text);
    println!("{}", text.lines().rev().collect::<Vec<_>>().join(" | "));
}
