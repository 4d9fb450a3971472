// Slices: &str ranges at byte offsets, array slices, split_at, first/last, and iterating slices.
fn second_word(s: &str) -> Option<&str> {
    s.split(' ').filter(|w| !w.is_empty()).nth(1)
}

fn sum_slice(xs: &[i32]) -> i32 {
    let mut total = 0;
    for x in xs {
        total += x;
    }
    total
}

fn largest_window(xs: &[i32], k: usize) -> &[i32] {
    let mut best = &xs[..k];
    for start in 1..=xs.len() - k {
        let cand = &xs[start..start + k];
        if sum_slice(cand) > sum_slice(best) {
            best = cand;
        }
    }
    best
}

fn main() {
    let s = String::from("hello wonderful world");
    let hello = &s[0..5];
    let world = &s[16..];
    println!("{hello} / {world} / {}", &s[..]);
    println!("second: {:?}", second_word(&s));
    println!("second of one: {:?}", second_word("lonely"));

    let a = [1, -2, 3, 10, -4, 7, 2];
    let middle = &a[2..5];
    println!("middle {:?} sum {}", middle, sum_slice(middle));
    let (left, right) = a.split_at(3);
    println!("left {:?} right {:?}", left, right);
    println!("first {:?} last {:?}", a.first(), a.last());
    println!("empty first {:?}", a[..0].first());
    println!("best window {:?}", largest_window(&a, 3));

    if let Some((head, tail)) = a.split_first() {
        println!("head {head} tail len {}", tail.len());
    }
    let contains = a.contains(&10);
    println!("contains 10: {contains}, position of 7: {:?}", a.iter().position(|&x| x == 7));
    let mut sorted = a.to_vec();
    sorted.sort();
    println!("sorted {:?}", sorted);
    sorted.reverse();
    println!("reversed {:?}", sorted);
    let text = "key=value=more";
    if let Some((k, v)) = text.split_once('=') {
        println!("k={k} v={v}");
    }
    let parts: Vec<&str> = text.splitn(2, '=').collect();
    println!("{:?}", parts);
    let idx = s.find("world").unwrap();
    println!("world at {idx}: {}", &s[idx..idx + 3]);
    let mut arr2 = [5, 4, 3, 2, 1];
    arr2[1..4].reverse();
    println!("{:?}", arr2);
    arr2.swap(0, 4);
    println!("{:?}", arr2);
}
