// Comparing iterators: eq/ne/lt/le/cmp/partial_cmp, any/all on empty, position, rev().enumerate, and Ordering helpers.
use std::cmp::Ordering;

fn main() {
    let a = [1, 2, 3];
    let b = vec![1, 2, 4];
    println!("{} {} {}", a.iter().eq(b.iter()), a.iter().ne(b.iter()), a.iter().lt(b.iter()));
    println!("{:?} {:?}", a.iter().cmp(b.iter()), [1, 2].iter().cmp(a.iter()));
    println!("{:?}", [1.0, f64::NAN].iter().partial_cmp([1.0, 2.0].iter()));
    println!("{}", "abc".chars().eq("abc".chars().rev().collect::<Vec<_>>().into_iter().rev()));
    println!("{}", (1..4).le(1..4));
    println!("{} {}", std::iter::empty::<i32>().all(|x| x > 0), std::iter::empty::<i32>().any(|x| x > 0));
    let word = "level";
    println!("palindrome {}", word.chars().eq(word.chars().rev()));
    for (i, x) in a.iter().rev().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    for (i, x) in a.iter().enumerate().rev() {
        print!("{}:{} ", i, x);
    }
    println!();
    let o = 3.cmp(&5);
    println!("{:?} {:?} {:?} {}", o, o.reverse(), o.then(Ordering::Greater), o.is_lt());
    println!("{:?}", Ordering::Equal.then_with(|| 2.cmp(&1)));
    println!("{} {} {}", Ordering::Less < Ordering::Greater, o.is_ge(), o == Ordering::Less);
    println!("{:?} {:?}", 2.5f64.partial_cmp(&f64::NAN), "b".cmp("abc"));
    println!("{:?} {:?}", (1, "z").cmp(&(1, "a")), [1, 2].cmp(&[1, 2]));
    println!("{:?} {:?}", std::cmp::max("pear", "apple"), std::cmp::min_by_key(-3, 2, |x: &i32| x.abs()));
    println!("{}", 7.clamp(1, 5));
    println!("{:?}", "Hello".bytes().cmp("Help".bytes()));
}
