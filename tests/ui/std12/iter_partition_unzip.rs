// partition, unzip, flat_map, flatten over Options and nested Vecs, filter_map, find_map, with capacities.
fn main() {
    let nums = [1, 2, 3, 4, 5, 6, 7];
    let (even, odd): (Vec<i32>, Vec<i32>) = nums.iter().partition(|&&x| x % 2 == 0);
    println!("{:?} cap {} {:?} cap {}", even, even.capacity(), odd, odd.capacity());
    let pairs = [("a", 1), ("b", 2), ("c", 3)];
    let (names, vals): (Vec<&str>, Vec<i32>) = pairs.iter().cloned().unzip();
    println!("{:?} {:?} caps {} {}", names, vals, names.capacity(), vals.capacity());
    let (small, big): (Vec<String>, Vec<String>) = ["tiny", "enormous", "wee", "massive"].iter().map(|s| s.to_string()).partition(|s| s.len() < 5);
    println!("{:?} {:?}", small, big);
    let words = ["hi there", "one", "a b c"];
    let all: Vec<&str> = words.iter().flat_map(|s| s.split(' ')).collect();
    println!("{:?} cap {}", all, all.capacity());
    let chars: String = words.iter().flat_map(|s| s.chars().filter(|c| !c.is_whitespace())).collect();
    println!("{}", chars);
    let opts = [Some(1), None, Some(3), None];
    let present: Vec<i32> = opts.iter().flatten().copied().collect();
    println!("{:?} {}", present, opts.iter().flatten().count());
    let nested = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?} cap {}", flat, flat.capacity());
    let inputs = ["3", "x", "5", "", "8"];
    let parsed: Vec<u32> = inputs.iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let first_big = inputs.iter().find_map(|s| s.parse::<u32>().ok().filter(|&n| n > 4));
    println!("{:?}", first_big);
    let none: Option<u32> = inputs.iter().find_map(|s| s.parse::<u32>().ok().filter(|&n| n > 40));
    println!("{:?}", none);
    let (ok, err): (Vec<Result<i32, String>>, Vec<Result<i32, String>>) = ["1", "a", "2"].iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).partition(|r| r.is_ok());
    println!("{:?} {:?}", ok, err);
    let values: Vec<i32> = ok.into_iter().map(Result::unwrap).collect();
    println!("{:?}", values);
    let triples = [(1, 'a', true), (2, 'b', false)];
    let (xs, rest): (Vec<i32>, Vec<(char, bool)>) = triples.iter().map(|&(x, c, b)| (x, (c, b))).unzip();
    println!("{:?} {:?}", xs, rest);
}
