// A recursive enum needs a Box: a cons list with length, sum, map and reverse.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

fn from_slice(values: &[i32]) -> List {
    let mut list = Nil;
    for &v in values.iter().rev() {
        list = Cons(v, Box::new(list));
    }
    list
}

fn len(list: &List) -> usize {
    match list {
        Cons(_, rest) => 1 + len(rest),
        Nil => 0,
    }
}

fn sum(list: &List) -> i32 {
    let mut total = 0;
    let mut cur = list;
    while let Cons(v, rest) = cur {
        total += v;
        cur = rest;
    }
    total
}

fn map(list: &List, f: &dyn Fn(i32) -> i32) -> List {
    match list {
        Cons(v, rest) => Cons(f(*v), Box::new(map(rest, f))),
        Nil => Nil,
    }
}

fn reverse(list: List) -> List {
    let mut acc = Nil;
    let mut cur = list;
    while let Cons(v, rest) = cur {
        acc = Cons(v, Box::new(acc));
        cur = *rest;
    }
    acc
}

fn main() {
    let list = from_slice(&[1, 2, 3, 4]);
    println!("{:?}", list);
    println!("len {} sum {}", len(&list), sum(&list));
    let squares = map(&list, &|x| x * x);
    println!("squares sum {}", sum(&squares));
    let rev = reverse(squares);
    println!("{:?}", rev);
    println!("size of List: {}", std::mem::size_of::<List>());
}
