// std's in-place collection: a Vec's buffer is reused by into_iter().<adapters>.collect()
// when the new elements fit in the old ones; capacities and allocator counts show it.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v: Vec<u64> = (1..=10).collect();
    let doubled: Vec<u64> = v.into_iter().map(|x| x * 2).collect();
    println!("{:?} cap {}", doubled, doubled.capacity());

    let narrow: Vec<u32> = doubled.into_iter().filter(|x| x % 4 == 0).map(|x| x as u32).collect();
    println!("{:?} cap {}", narrow, narrow.capacity());

    let wide: Vec<u64> = narrow.into_iter().map(|x| x as u64).collect();
    println!("{:?} cap {}", wide, wide.capacity());

    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let lens: Vec<usize> = words.into_iter().map(|w| w.len()).collect();
    println!("{:?} cap {}", lens, lens.capacity());

    let noisy: Vec<Noisy> = (1..=5).map(Noisy).collect();
    let firsts: Vec<Noisy> = noisy.into_iter().take(2).collect();
    println!("kept {} cap {}", firsts.len(), firsts.capacity());

    let mut big: Vec<i32> = Vec::with_capacity(16);
    big.extend(1..=10);
    let mut it = big.into_iter();
    it.next();
    it.next();
    let rest: Vec<i32> = it.collect();
    println!("{:?} cap {}", rest, rest.capacity());

    let mut few: Vec<i32> = Vec::with_capacity(16);
    few.extend(1..=10);
    let mut it = few.into_iter();
    for _ in 0..8 {
        it.next();
    }
    let tail: Vec<i32> = it.collect();
    println!("{:?} cap {}", tail, tail.capacity());

    let pairs: Vec<(usize, u8)> = vec![7u8, 8, 9].into_iter().enumerate().collect();
    println!("{:?} cap {}", pairs, pairs.capacity());

    let triples: Vec<(u32, u32, u32)> = (0..5).map(|i| (i, i + 1, i + 2)).collect();
    let pairs2: Vec<(u32, u32)> = triples.into_iter().map(|(a, b, c)| (a + b, c)).collect();
    println!("{:?} cap {}", pairs2, pairs2.capacity());

    let opts: Option<Vec<i32>> = vec![Some(1), Some(2), Some(3)].into_iter().collect();
    println!("{:?} cap {:?}", opts, opts.as_ref().map(|v| v.capacity()));
}
