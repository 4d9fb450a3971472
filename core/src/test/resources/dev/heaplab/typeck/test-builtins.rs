// A few std stub declarations for type-checking tests, until the interp helper's builtins.rs lands.
use fmt::Formatter;

#[lang = "String"]
pub struct String;

impl String {
    #[builtin]
    pub fn new() -> String;
    #[builtin]
    pub fn with_capacity(n: usize) -> String;
    #[builtin]
    pub fn push_str(&mut self, s: &str);
    #[builtin]
    pub fn push(&mut self, c: char);
    #[builtin]
    pub fn len(&self) -> usize;
    #[builtin]
    pub fn capacity(&self) -> usize;
    #[builtin]
    pub fn as_str(&self) -> &str;
}

impl Clone for String {
    #[builtin]
    fn clone(&self) -> String;
}

impl PartialEq for String {
    #[builtin]
    fn eq(&self, other: &String) -> bool;
}

impl Deref for String {
    type Target = str;
    #[builtin]
    fn deref(&self) -> &str;
}

impl From<&str> for String {
    #[builtin = "String::from_str"]
    fn from(s: &str) -> String;
}

impl Display for String {
    #[builtin = "String::fmt_display"]
    fn fmt(&self, f: &mut Formatter) -> fmt::Result;
}

impl Debug for String {
    #[builtin = "String::fmt_debug"]
    fn fmt(&self, f: &mut Formatter) -> fmt::Result;
}

impl Add<&str> for String {
    type Output = String;
    #[builtin]
    fn add(self, s: &str) -> String;
}

impl str {
    #[builtin]
    pub fn len(&self) -> usize;
    #[builtin]
    pub fn to_uppercase(&self) -> String;
    #[builtin]
    pub fn chars(&self) -> Chars;
}

#[lang = "Iter"]
pub struct Chars;

impl Iterator for Chars {
    type Item = char;
    #[builtin]
    fn next(&mut self) -> Option<char>;
}

#[lang = "Vec"]
pub struct Vec<T>;

impl<T> Vec<T> {
    #[builtin]
    pub fn new() -> Vec<T>;
    #[builtin]
    pub fn with_capacity(n: usize) -> Vec<T>;
    #[builtin]
    pub fn push(&mut self, x: T);
    #[builtin]
    pub fn pop(&mut self) -> Option<T>;
    #[builtin]
    pub fn len(&self) -> usize;
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    #[builtin]
    fn deref(&self) -> &[T];
}

impl<T: Clone> Clone for Vec<T> {
    #[builtin]
    fn clone(&self) -> Vec<T>;
}

impl<T: Debug> Debug for Vec<T> {
    #[builtin = "Vec::fmt_debug"]
    fn fmt(&self, f: &mut Formatter) -> fmt::Result;
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut v = Vec::new();
        for x in iter {
            v.push(x);
        }
        v
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[builtin = "Vec::into_iter"]
    fn into_iter(self) -> IntoIter<T>;
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[builtin = "Vec::iter_ref"]
    fn into_iter(self) -> Iter<'a, T>;
}

#[lang = "Iter"]
pub struct IntoIter<T>;

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    #[builtin = "IntoIter::next"]
    fn next(&mut self) -> Option<T>;
}

#[lang = "Iter"]
pub struct Iter<'a, T>;

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    #[builtin = "Iter::next"]
    fn next(&mut self) -> Option<&'a T>;
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[builtin = "Iter::next_back"]
    fn next_back(&mut self) -> Option<&'a T>;
}

impl<T> [T] {
    #[builtin]
    pub fn len(&self) -> usize;
    #[builtin]
    pub fn iter(&self) -> Iter<T>;
    #[builtin]
    pub fn get(&self, i: usize) -> Option<&T>;
    #[builtin]
    pub fn contains(&self, x: &T) -> bool;
}

impl i32 {
    #[builtin]
    pub fn pow(self, exp: u32) -> i32;
    #[builtin]
    pub fn abs(self) -> i32;
}

impl f64 {
    #[builtin]
    pub fn sqrt(self) -> f64;
}

#[lang = "Box"]
pub struct Box<T>;

impl<T> Box<T> {
    #[builtin]
    pub fn new(x: T) -> Box<T>;
}

pub mod mem {
    #[builtin]
    pub fn swap<T>(a: &mut T, b: &mut T);
    #[builtin]
    pub fn replace<T>(dest: &mut T, src: T) -> T;
}

#[lang = "HashMap"]
pub struct HashMap<K, V>;

impl<K, V> HashMap<K, V> {
    #[builtin]
    pub fn new() -> HashMap<K, V>;
    #[builtin]
    pub fn insert(&mut self, k: K, v: V) -> Option<V>;
    #[builtin]
    pub fn get(&self, k: &K) -> Option<&V>;
}

impl<'a, T> IntoIterator for &'a [T] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[builtin = "slice::iter_ref"]
    fn into_iter(self) -> Iter<'a, T>;
}
