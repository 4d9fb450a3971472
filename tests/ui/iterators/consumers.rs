// sum, product, count, min, max, min_by_key, fold, any, all, find, position, last, nth.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    println!("{} {}", v.iter().sum::<i32>(), v.iter().product::<i32>());
    println!("{}", v.iter().count());
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
    let words = ["apple", "fig", "banana"];
    println!("{:?} {:?}", words.iter().min_by_key(|w| w.len()), words.iter().max_by_key(|w| w.len()));
    println!("{}", v.iter().fold(0, |acc, x| acc * 10 + x));
    println!("{} {}", v.iter().any(|&x| x > 8), v.iter().all(|&x| x > 0));
    println!("{:?} {:?}", v.iter().find(|&&x| x > 4), v.iter().position(|&x| x == 1));
    println!("{:?} {:?}", v.iter().last(), v.iter().nth(2));
    println!("{:?}", v.iter().rposition(|&x| x == 1));
    let empty: Vec<i32> = vec![];
    println!("{:?} {}", empty.iter().max(), empty.iter().sum::<i32>());
}
