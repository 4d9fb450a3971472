// Slices taken apart: split_at(_mut), split_first/last(_mut), first/last_mut, get_mut, concat and join on nested data.
fn main() {
    let v = [10, 20, 30, 40, 50];
    let (a, b) = v.split_at(2);
    println!("{:?} {:?}", a, b);
    let (e, rest) = v.split_at(0);
    println!("{:?} {:?} {:?}", e, rest, v.split_at(5));
    if let Some((first, tail)) = v.split_first() {
        println!("first {} tail {:?}", first, tail);
    }
    if let Some((last, init)) = v.split_last() {
        println!("last {} init {:?}", last, init);
    }
    let empty: [i32; 0] = [];
    println!("{:?} {:?} {:?} {:?}", empty.split_first(), empty.first(), empty.last(), empty.get(0));
    let mut m = vec![1, 2, 3, 4, 5, 6];
    {
        let (left, right) = m.split_at_mut(3);
        left[0] += right[0];
        right[2] *= left[1];
    }
    println!("{:?}", m);
    if let Some(f) = m.first_mut() { *f = 0; }
    if let Some(l) = m.last_mut() { *l += 1; }
    if let Some(x) = m.get_mut(2) { *x = -1; }
    println!("{:?}", m);
    println!("{:?}", m.get_mut(10));
    if let Some((h, t)) = m.split_first_mut() {
        *h = t.iter().sum();
    }
    println!("{:?}", m);
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat = nested.concat();
    println!("{:?} cap {}", flat, flat.capacity());
    let joined = nested.join(&0);
    println!("{:?} cap {}", joined, joined.capacity());
    let words = ["alpha", "beta", "gamma"];
    let s1 = words.concat();
    let s2 = words.join(", ");
    println!("{} {} {} {}", s1, s1.capacity(), s2, s2.capacity());
    let owned: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", owned.join("/"));
    let arrays = [[1, 2], [3, 4], [5, 6]];
    println!("{:?}", arrays.concat());
    println!("{:?}", arrays.as_flattened());
    println!("{:?}", v[1..4].to_vec());
    println!("{:?}", &v[..=1]);
}
