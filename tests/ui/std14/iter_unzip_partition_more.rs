// unzip into two Vecs and into (String, Vec), partition by predicate with Strings moved, min_by_key/max_by_key ties, position after skip.
fn main() {
    let items = vec![("pen", 3), ("ink", 12), ("pad", 7), ("cap", 3)];
    let (names, prices): (Vec<&str>, Vec<i32>) = items.iter().cloned().unzip();
    println!("{:?} {:?} caps {} {}", names, prices, names.capacity(), prices.capacity());
    let (letters, codes): (String, Vec<u32>) = "héllo".chars().map(|c| (c.to_ascii_uppercase(), c as u32)).unzip();
    println!("{} {:?}", letters, codes);
    let owned: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    let (short, long): (Vec<String>, Vec<String>) = owned.into_iter().partition(|s| s.starts_with('p'));
    println!("{:?} {:?}", short, long);
    let (ev, od): (Vec<i32>, Vec<i32>) = (1..=9).partition(|x| x % 2 == 0);
    println!("{:?} {:?} caps {} {}", ev, od, ev.capacity(), od.capacity());
    println!("{:?} {:?}", items.iter().min_by_key(|p| p.1), items.iter().max_by_key(|p| p.1));
    println!("{:?} {:?}", items.iter().max_by_key(|p| p.1 % 4), items.iter().min_by_key(|p| p.1 % 4));
    println!("{:?}", items.iter().skip(1).position(|p| p.1 == 3));
    let ((a, b), c): ((Vec<i32>, Vec<i32>), Vec<i32>) = (0..4).map(|x| ((x, x * x), -x)).unzip();
    println!("{:?} {:?} {:?}", a, b, c);
}
