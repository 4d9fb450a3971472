// A generic singly linked list with IntoIter, Iter and IterMut, and IntoIterator for &List.
use std::fmt::Debug;

struct Node<T> {
    elem: T,
    next: Link<T>,
}

type Link<T> = Option<Box<Node<T>>>;

pub struct List<T> {
    head: Link<T>,
}

impl<T> List<T> {
    pub fn new() -> Self {
        List { head: None }
    }
    pub fn push(&mut self, elem: T) {
        let new_node = Box::new(Node { elem, next: self.head.take() });
        self.head = Some(new_node);
    }
    pub fn pop(&mut self) -> Option<T> {
        self.head.take().map(|node| {
            self.head = node.next;
            node.elem
        })
    }
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { next: self.head.as_deref() }
    }
    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { next: self.head.as_deref_mut() }
    }
}

pub struct IntoIter<T>(List<T>);

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.0.pop()
    }
}

impl<T> IntoIterator for List<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter(self)
    }
}

pub struct Iter<'a, T> {
    next: Option<&'a Node<T>>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.map(|node| {
            self.next = node.next.as_deref();
            &node.elem
        })
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

pub struct IterMut<'a, T> {
    next: Option<&'a mut Node<T>>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<Self::Item> {
        self.next.take().map(|node| {
            self.next = node.next.as_deref_mut();
            &mut node.elem
        })
    }
}

fn dump<T: Debug>(list: &List<T>) {
    let mut parts = Vec::new();
    for x in list {
        parts.push(format!("{:?}", x));
    }
    println!("({})", parts.join(" -> "));
}

fn main() {
    let mut list = List::new();
    for w in ["delta", "gamma", "beta", "alpha"] {
        list.push(w.to_string());
    }
    dump(&list);
    for s in list.iter_mut() {
        s.push('!');
    }
    dump(&list);
    let lens: Vec<usize> = list.iter().map(|s| s.len()).collect();
    println!("lengths: {:?}", lens);
    let mut n = List::new();
    for i in 0..6 {
        n.push(i);
    }
    for x in n.iter_mut() {
        *x *= *x;
    }
    dump(&n);
    let evens: Vec<i32> = n.into_iter().filter(|x| x % 2 == 0).collect();
    println!("even squares: {:?}", evens);
    let owned: Vec<String> = list.into_iter().collect();
    println!("owned: {:?}", owned);
}
