// Slice patterns binding the rest (`rest @ ..`) by reference: recursion on the tail, mutable splits, nested rests.
fn sum(v: &[i64]) -> i64 {
    match v {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn middle_len(words: &[String]) -> usize {
    match words {
        [_, mid @ .., _] => mid.iter().map(|w| w.len()).sum(),
        _ => 0,
    }
}

fn bump_rest(v: &mut [i32]) {
    if let [first, rest @ ..] = v {
        *first += 100;
        for x in rest.iter_mut() {
            *x += 1;
        }
        if let [.., last] = rest {
            *last *= 2;
        }
    }
}

fn split_ends(v: &[char]) -> (Option<&char>, &[char], Option<&char>) {
    match v {
        [] => (None, &[], None),
        [only] => (Some(only), &[], None),
        [a, inner @ .., b] => (Some(a), inner, Some(b)),
    }
}

fn main() {
    println!("{}", sum(&[1, 2, 3, 4, 5]));
    let words = vec![String::from("alpha"), String::from("be"), String::from("gam"), String::from("delta")];
    println!("{}", middle_len(&words));
    let mut nums = vec![1, 2, 3, 4];
    bump_rest(&mut nums);
    println!("{nums:?}");
    let letters = ['r', 'u', 's', 't'];
    let (a, inner, b) = split_ends(&letters);
    println!("{a:?} {inner:?} {b:?}");
    let (a, inner, b) = split_ends(&letters[..1]);
    println!("{a:?} {inner:?} {b:?}");
    let v = vec![10, 20, 30];
    if let [first, rest @ ..] = v.as_slice() {
        println!("{first} {rest:?} {}", rest.len());
    }
    match &words[..] {
        [first, .., last] if first.len() == last.len() => println!("same length ends"),
        [first, rest @ ..] => println!("{first} and {} more, first of them {:?}", rest.len(), rest.first()),
        [] => println!("none"),
    }
    let mut grid = [[0u8; 2]; 3];
    if let [top, rest @ ..] = &mut grid[..] {
        top[0] = 1;
        rest[1][1] = 9;
    }
    println!("{grid:?}");
}
