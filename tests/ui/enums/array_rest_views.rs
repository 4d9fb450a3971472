// Sub-arrays bound by `rest @ ..`: written through `&mut`, copied, compared, sorted, swapped, nested, dropped.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn sum3(xs: &[i32; 3]) -> i32 { xs.iter().sum() }
fn main() {
    let mut arr = [5, 4, 3, 2, 1];
    let [first, mid @ .., last] = &mut arr;
    {
        *first += 10;
        mid[0] = 40;
        mid.sort();
        *last *= 100;
        println!("{first} {mid:?} {last} {}", sum3(mid));
    }
    println!("{arr:?}");
    let [a, rest @ ..] = arr;
    let copy = rest;
    println!("{a} {rest:?} {copy:?} {}", rest == [2, 3, 40, 100]);
    let [tail @ ..] = [1u8; 0];
    println!("{tail:?} {}", tail.len());
    let mut pair = [[1, 2], [3, 4], [5, 6]];
    let [_, more @ ..] = &mut pair;
    more[1][0] = 50;
    std::mem::swap(&mut more[0], &mut [7, 8]);
    let [x, inner @ ..] = &more[1];
    println!("{x} {inner:?}");
    println!("{pair:?}");
    match [1, 2, 3, 4] {
        [1, rest @ .., 4] if rest.iter().sum::<i32>() == 5 => println!("guarded {rest:?}"),
        _ => println!("other"),
    }
    let noisy = [Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d")];
    let [_, keep @ .., _] = noisy;
    println!("bound {}", keep.len());
    {
        let [b, ..] = keep;
        println!("inner {}", b.0);
    }
    let strs = [String::from("x"), String::from("yy"), String::from("zzz")];
    let [_, ends @ ..] = &strs;
    let total: usize = ends.iter().map(|s| s.len()).sum();
    let joined = ends.concat();
    println!("{total} {joined} {:?}", ends.last());
    let mut words = [String::from("p"), String::from("q"), String::from("r")];
    {
        let [head, others @ ..] = &mut words;
        head.push('!');
        for w in others.iter_mut() { w.push_str("s"); }
        others.reverse();
    }
    println!("{words:?}");
}
